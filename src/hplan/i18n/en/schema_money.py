"""English words of the JSON Schema for the plan's money beyond its budget (issue 17, docs/money.md).

A part of its own beside ``schema``: the same ids (``schema.<Model>.<field>``,
``schema.<Alias>.<value>``, ``schema.title.<Model>``), kept apart so that
neither file outgrows a screenful of scrolling.
"""

MESSAGES: dict[str, str] = {
    "schema.Plan.lbf_payments": (
        "Landsbyggefonden's payments (udbetalinger) to the plan, each for one calendar year. "
        "Example: `- {date: 2017-03-15, year: 2017, amount: 1250000}`."
    ),
    "schema.Plan.regulation_account": (
        "The reguleringskonto's balance from the department's accounts, per year: it overrides the balance "
        "hplan computes as paid minus used."
    ),
    "schema.Plan.reporting": (
        "The yearly reports (indberetninger) to Landsbyggefonden: one per year, with the day it was sent. "
        "With this key, hplan warns of a report or a year's spending that is late."
    ),
    "schema.Plan.co_financing": (
        "Each party's commitment (tilsagn) to co-finance the plan: cash or in kind, per year or over the "
        "period, and the decision that approved it."
    ),
    "schema.LbfPayment": "A payment (udbetaling) from Landsbyggefonden for one calendar year of the plan.",
    "schema.LbfPayment.date": "The day it was paid, as YYYY-MM-DD. Example: `2017-03-15`.",
    "schema.LbfPayment.year": "The calendar year the payment belongs to. Example: `2017`.",
    "schema.LbfPayment.amount": "The amount paid, in whole kroner. Example: `1250000`.",
    "schema.LbfPayment.reference": "Where the payment is recorded. Example: `LBF-brev 2017-03-10`.",
    "schema.RegulationAccountEntry": "The reguleringskonto's balance at the end of one year, from the accounts.",
    "schema.RegulationAccountEntry.year": "The calendar year. Example: `2018`.",
    "schema.RegulationAccountEntry.balance": "The balance in whole kroner at the year's end. Example: `85000`.",
    "schema.ReportingRecord": "The yearly report (indberetning) to Landsbyggefonden for one calendar year.",
    "schema.ReportingRecord.year": "The calendar year the report covers. Example: `2017`.",
    "schema.ReportingRecord.submitted": (
        "The day it was sent, as YYYY-MM-DD; leave it out while it is not sent. Example: `2018-06-12`."
    ),
    "schema.ReportingRecord.reference": "Where the report is filed. Example: `Indberetning 2017, j.nr. 17-123`.",
    "schema.Commitment": "A party's commitment (tilsagn) to co-finance the plan, and the decision behind it.",
    "schema.Commitment.party": "The committing party's id, from `parties`. Example: `aalborg-kommune`.",
    "schema.Commitment.form": "How the party pays: in cash or in kind.",
    "schema.Commitment.by_year": (
        "The amount per calendar year, in whole kroner. Example: `{2017: 450000, 2018: 450000}`."
    ),
    "schema.Commitment.amount": "The amount over the whole period, in whole kroner (instead of `by_year`).",
    "schema.Commitment.description": "What the commitment is. Example: `Frikøb af en SSP-konsulent, 10 timer om ugen`.",
    "schema.Commitment.decision": "The decision that approved the commitment: body, date and reference.",
    "schema.CommitmentForm.cash": "Cash (kontant): money paid into the plan's budget.",
    "schema.CommitmentForm.in_kind": "In kind (naturalier): staff time bought out, premises and the like.",
    "schema.Decision": "The decision that approved a commitment: the body, the day, the minutes.",
    "schema.Decision.body": "The body that decided. Example: `Familie- og Beskæftigelsesudvalget`.",
    "schema.Decision.date": "The day of the decision, as YYYY-MM-DD. Example: `2016-11-23`.",
    "schema.Decision.reference": "Where the decision is minuted. Example: `Udvalgsmøde 2016-11-23, punkt 4`.",
    "schema.title.LbfPayment": "LBF payment",
    "schema.title.RegulationAccountEntry": "reguleringskonto balance",
    "schema.title.ReportingRecord": "report to LBF",
    "schema.title.Commitment": "co-financing commitment",
    "schema.title.Decision": "approving decision",
}
