"""English messages of the money parts: the money section of ``hplan status`` and ``hplan report --kind lbf``.

The Danish terms of LBF's accounts (reguleringskonto, reguleringskontoopgørelse)
stand as they are: English has none of its own.
"""

MESSAGES: dict[str, str] = {
    # hplan status: the money section
    "m.heading": "Money",
    "m.sources.title": "Planned, spent and unused per funding source",
    "m.lbf.title": "Landsbyggefonden: paid out, used and the reguleringskonto",
    "m.commitments.title": "Co-financing commitments against the budget",
    "m.portfolio.title": "Co-financing per party and year across the plans",
    "m.portfolio.reports": "Yearly reports to Landsbyggefonden",
    "m.col.year": "Year",
    "m.col.source": "Funding source",
    "m.col.planned": "Planned",
    "m.col.spent": "Spent",
    "m.col.unused": "Unused",
    "m.col.paid": "Paid out",
    "m.col.used": "Used",
    "m.col.movement": "Change",
    "m.col.balance": "Unused LBF grant",
    "m.col.party": "Party",
    "m.col.form": "Form",
    "m.col.committed": "Committed",
    "m.col.budgeted": "Budgeted",
    "m.col.actual": "Actual",
    "m.col.plan": "Plan",
    "m.lbf": "Landsbyggefonden",
    "m.other": "other",
    "m.period": "period",
    "m.form.cash": "cash",
    "m.form.in_kind": "in kind",
    "m.recorded": "{amount} (accounts)",
    "m.not_reported": "not reported",
    "m.report.next": "Yearly report to Landsbyggefonden for {year}: due {due} ({days} left)",
    "m.report.today": "Yearly report to Landsbyggefonden for {year}: due today, {due}",
    "m.report.overdue": (
        "Yearly report to Landsbyggefonden for {year}: due {due}, overdue by {days}; "
        "LBF withholds its payments until it arrives"
    ),
    "m.report.done": "Yearly reports to Landsbyggefonden: every report due is submitted",
    "m.report.last": "last submitted: {year} on {date}",
    "m.report.none_yet": "none submitted yet",
    "m.attention.report_overdue": "yearly report to LBF for {year} overdue since {due}",
}
