"""Money: co-financing commitments, spending per source, LBF's payments and the yearly report to LBF.

Every rule here reads a part of the format a plan may leave out (docs/money.md):
a plan that records no commitments, payments or reports is not checked for
them. The report rules (HP630, HP631) apply to a plan that keeps a
``reporting`` list, even an empty one: that is how a plan says it tracks its
reports to LBF in hplan.
"""

from __future__ import annotations

from collections.abc import Iterator

from hplan import codes
from hplan.check.context import PlanContext
from hplan.diagnostics import Severity
from hplan.domain.money import (
    DEFAULT_REPORT_DUE,
    commitments,
    lbf_years,
    party_amounts,
    report_due,
    reporting_years,
    reports_open,
    spent_per_source,
    spent_total,
    years_per_source,
)
from hplan.i18n import plural
from hplan.i18n.message import msg
from hplan.rules.registry import Finding, rule


@rule(codes.COMMITMENT_AMOUNT, Severity.ERROR, "plan")
def commitment_amount(ctx: PlanContext) -> Iterator[Finding]:
    """A commitment gives its amount either per year or over the period.

    Passing:
        - {party: testby-kommune, form: cash, amount: 180000}
    Failing:
        - {party: testby-kommune, form: cash, amount: 180000, by_year: {2017: 100000}}
    """
    for i, item in enumerate(ctx.plan.co_financing):
        if (item.by_year is None) == (item.amount is None):
            key = "f.commitment.both" if item.amount is not None else "f.commitment.neither"
            yield Finding(
                ("co_financing", i),
                msg(key, party=item.party, form=msg(f"f.commitment.form.{item.form}")),
                at_key=True,
            )


@rule(codes.COMMITMENT_PARTY, Severity.ERROR, "plan")
def commitment_party(ctx: PlanContext) -> Iterator[Finding]:
    """A commitment is made by one of the plan's parties.

    Passing:
        - {party: testby-kommune, form: cash, amount: 180000}
    Failing:
        - {party: testby-fond, form: cash, amount: 180000}
    """
    known = {party.id for party in ctx.plan.parties}
    for i, item in enumerate(ctx.plan.co_financing):
        if item.party not in known:
            yield Finding(
                ("co_financing", i, "party"),
                msg("f.commitment.party", party=item.party, parties=", ".join(sorted(known))),
            )


@rule(codes.COMMITMENT_EXCEEDED, Severity.WARNING, "plan")
def commitment_exceeded(ctx: PlanContext) -> Iterator[Finding]:
    """A party's budget lines do not ask more of it than it has committed.

    Per calendar year when the party commits per year, else over the period.
    A warning: commitments are approved before the budget is detailed.

    Passing:
        co_financing: [{party: testby-kommune, form: cash, amount: 180000}]
    Failing:
        co_financing: [{party: testby-kommune, form: cash, amount: 150000}]
    """
    committed_by = commitments(ctx.plan)
    if not committed_by:  # most plans commit nothing here; spare them the budget's sums
        return
    budgeted = party_amounts(ctx.plan)
    for commitment in committed_by:
        index = _first_commitment(ctx, commitment.party)
        lines = budgeted.get(commitment.party, {})
        if commitment.by_year is None:
            checks: list[tuple[int | None, int, int]] = [(None, sum(lines.values()), commitment.total)]
        else:
            committed = commitment.by_year
            checks = [(y, lines[y], committed.get(y, 0)) for y in sorted(lines) if lines[y] > committed.get(y, 0)]
        for year, asked, committed_amount in checks:
            if asked > committed_amount:
                yield Finding(
                    ("co_financing", index),
                    msg(
                        "f.commitment.exceeded.period" if year is None else "f.commitment.exceeded.year",
                        year=year,
                        asked=asked,
                        party=commitment.party,
                        committed=committed_amount,
                        more=asked - committed_amount,
                    ),
                    at_key=True,
                )


@rule(codes.COMMITMENT_UNMET, Severity.WARNING, "plan")
def commitment_unmet(ctx: PlanContext) -> Iterator[Finding]:
    """A party's actual contribution in the years that have ended reaches its commitment for them.

    Counted from spending given per source, for the years a party commits
    per year and that have ended as of ``--as-of``; a year whose lines give
    no spending per source is not judged.

    Passing:
        # as of 2018-06-01
        co_financing: [{party: testby-kommune, form: cash, by_year: {2017: 100000}}]
        spent: {lbf: 430000, testby-kommune: 100000, testby-bolig: 50000}
    Failing:
        co_financing: [{party: testby-kommune, form: cash, by_year: {2017: 100000}}]
        spent: {lbf: 430000, testby-kommune: 60000, testby-bolig: 50000}
    """
    found = commitments(ctx.plan)
    if all(commitment.by_year is None for commitment in found):  # most plans: spare them the spending's sums
        return
    as_of = ctx.options.as_of
    reported = years_per_source(ctx.plan)
    actual = party_amounts(ctx.plan, spending=True)
    for commitment in found:
        if commitment.by_year is None:
            continue
        index = _first_commitment(ctx, commitment.party)
        for year, committed in sorted(commitment.by_year.items()):
            paid = actual.get(commitment.party, {}).get(year, 0)
            if year < as_of.year and year in reported and paid < committed:
                yield Finding(
                    ("co_financing", index),
                    msg(
                        "f.commitment.unmet",
                        year=year,
                        party=commitment.party,
                        paid=paid,
                        committed=committed,
                        short=committed - paid,
                    ),
                    at_key=True,
                )


@rule(codes.SPENT_SOURCE_UNFUNDED, Severity.WARNING, "plan")
def spent_source_unfunded(ctx: PlanContext) -> Iterator[Finding]:
    """Spending per source names only sources that fund the line.

    Passing:
        - {year: 2017, funding: {lbf: 450000, testby-kommune: 100000}, spent: {lbf: 430000}}
    Failing:
        - {year: 2017, funding: {lbf: 450000, testby-kommune: 100000}, spent: {testby-bolig: 20000}}
    """
    for i, line in enumerate(ctx.plan.budget.lines):
        for source in spent_per_source(line) or {}:
            if source not in line.funding:
                yield Finding(
                    ("budget", "lines", i, "spent", source),
                    msg("f.spent.unfunded", source=source, funding=", ".join(line.funding)),
                    at_key=True,
                )


@rule(codes.LBF_UNUSED, Severity.WARNING, "plan")
def lbf_unused(ctx: PlanContext) -> Iterator[Finding]:
    """Landsbyggefonden's money paid out for a closed year is used, up to the profile's threshold.

    What is left goes to the afdeling's reguleringskonto, and using it later
    needs the municipality's and LBF's prior approval. Judged for years that
    have ended, from payments (``lbf_payments``) and spending on the lbf
    source; the threshold is the profile's ``lbf_underspend_warning``
    (default 15 %).

    Passing:
        lbf_payments: [{date: 2017-02-15, year: 2017, amount: 450000}]
        spent: {lbf: 430000, testby-kommune: 100000}
    Failing:
        lbf_payments: [{date: 2017-02-15, year: 2017, amount: 600000}]
        spent: {lbf: 430000, testby-kommune: 100000}
    """
    if not ctx.plan.lbf_payments:  # nothing paid out: no year has an unused share
        return
    threshold = ctx.profile.lbf_underspend_warning if ctx.profile is not None else 0.15
    funded = set(reporting_years(ctx.plan))  # a payment for another year is HP410's
    for year in lbf_years(ctx.plan, ctx.options.as_of):
        share = year.unused_share
        if year.year >= ctx.options.as_of.year or year.year not in funded or share is None or share <= threshold:
            continue
        yield Finding(
            ("lbf_payments",),
            msg(
                "f.lbf.unused",
                year=year.year,
                unused=year.paid - (year.used or 0),
                share=float(share),
                paid=year.paid,
                threshold=threshold,
            ),
            at_key=True,
        )


@rule(codes.PAYMENT_OUTSIDE_PERIOD, Severity.WARNING, "plan")
def payment_outside_period(ctx: PlanContext) -> Iterator[Finding]:
    """An LBF payment belongs to a calendar year of the period.

    Passing:
        - {date: 2017-02-15, year: 2017, amount: 450000}
    Failing:
        - {date: 2016-12-15, year: 2016, amount: 450000}
    """
    period = ctx.plan.period
    for i, payment in enumerate(ctx.plan.lbf_payments):
        if not period.start.year <= payment.year <= period.end.year:
            yield Finding(
                ("lbf_payments", i, "year"),
                msg("f.payment.outside", year=payment.year, start=period.start, end=period.end),
            )


@rule(codes.LBF_REPORT_OVERDUE, Severity.WARNING, "plan")
def lbf_report_overdue(ctx: PlanContext) -> Iterator[Finding]:
    """The yearly report to Landsbyggefonden is submitted by its deadline.

    For a plan that keeps a ``reporting`` list: every calendar year of the
    period with LBF funding is reported by the profile's ``lbf_report_due``
    of the next year (default 30 June). Late, LBF withholds its payments.
    The profile's ``lbf_report_overdue_severity: error`` makes it an error.

    Passing:
        # as of 2018-07-01
        reporting: [{year: 2017, submitted: 2018-06-20, reference: Indberetning 2017}]
    Failing:
        # as of 2018-07-01
        reporting: []
    """
    due = ctx.profile.lbf_report_due if ctx.profile is not None else DEFAULT_REPORT_DUE
    raised = ctx.profile is not None and ctx.profile.lbf_report_overdue_severity == "error"
    if ctx.plan.reporting is None:
        return
    for report in reports_open(ctx.plan, ctx.options.as_of, due):
        if not report.overdue:
            continue
        yield Finding(
            _record_path(ctx, report.year),
            msg(plural("f.report.overdue", -report.days), year=report.year, due=report.due, count=-report.days),
            at_key=True,
            severity=Severity.ERROR if raised else None,
        )


@rule(codes.SPENDING_UNREPORTED, Severity.WARNING, "plan")
def spending_unreported(ctx: PlanContext) -> Iterator[Finding]:
    """A finished year's spending is recorded by its reporting deadline.

    For a plan that keeps a ``reporting`` list: once the report for a year
    is due, every budget line of that year gives its ``spent``, since the
    report's reguleringskontoopgørelse needs it. One finding a year, at its
    first line without ``spent``.

    Passing:
        # as of 2018-07-01
        - {year: 2017, ..., spent: {lbf: 430000, testby-kommune: 100000}}
    Failing:
        # as of 2018-07-01
        - {year: 2017, ...}   # no spent
    """
    due = ctx.profile.lbf_report_due if ctx.profile is not None else DEFAULT_REPORT_DUE
    if ctx.plan.reporting is None:
        return
    years = set(reporting_years(ctx.plan))
    missing: dict[int, list[int]] = {}
    for i, line in enumerate(ctx.plan.budget.lines):
        if line.year in years and spent_total(line) is None and ctx.options.as_of > report_due(line.year, due):
            missing.setdefault(line.year, []).append(i)
    for year, lines in sorted(missing.items()):
        yield Finding(
            ("budget", "lines", lines[0]),
            msg(plural("f.spending.unreported", len(lines)), year=year, count=len(lines), due=report_due(year, due)),
            at_key=True,
        )


def _first_commitment(ctx: PlanContext, party: str) -> int:
    """Where a party's commitments are reported: at its first one."""
    return next(i for i, c in enumerate(ctx.plan.co_financing) if c.party == party)


def _record_path(ctx: PlanContext, year: int) -> tuple[str | int, ...]:
    for i, record in enumerate(ctx.plan.reporting or ()):
        if record.year == year:
            return ("reporting", i)
    return ("reporting",)
